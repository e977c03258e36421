// Types for chromium-path.mjs, so playwright.config.ts and scripts/*.ts type-check.
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string | null;
