// The layouts a file can be read as. Readers declare theirs (format-reader.ts) and the
// import report names the one that was used (core/import/import-report.ts): the type lives
// here so that core/import depends on core/formats and never the other way round
// (docs/architecture.md «Layers»: no import cycles, between files or folders).

export type FormatId = 'customs' | 'comtrade-legacy' | 'comtrade-plus' | 'canonical' | 'mapped';
