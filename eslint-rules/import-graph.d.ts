// Types of import-graph.js for the TypeScript that imports it (scripts/lint-layers.test.ts).

export type Graph = Map<string, Iterable<string>>;

export interface FoundImport {
  specifier: string;
  start: number;
  end: number;
}

export interface SourceAnalysis {
  graph: Map<string, Set<string>>;
  fileCycles: Map<string, number>;
  folders: Map<string, Set<string>>;
  folderCycles: Map<string, number>;
}

export function importsOf(text: string): FoundImport[];
export function stripQuery(specifier: string): string;
export function specifierPath(fromFile: string, specifier: string, rootDir: string): string | null;
export function resolveIn(files: Set<string>, path: string): string | null;
export function relPosix(dir: string, file: string): string;
export function isTestFile(name: string): boolean;
export function folderOf(name: string): string;
export function findCycles(graph: Graph): Map<string, number>;
export function cycleThrough(graph: Graph, from: string, to: string): string[] | null;
export function folderGraph(fileGraph: Graph): Map<string, Set<string>>;
export function analyseSources(srcDir: string, rootDir: string, override?: { file: string; specifiers: string[] }): SourceAnalysis;
