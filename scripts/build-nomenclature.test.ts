// The committed data/nomenclature/ files are the script's output, byte for byte, and name what
// they should. Needs the reference files beside the repository (../shared/reference, listed in
// data/README.md «nomenclature/»); skipped with the reason when they are absent.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodsName, type ChapterNames, type NomenclatureIndex } from '../src/core/model/nomenclature.ts';
import { DEFAULT_OUT_DIR, DEFAULT_REFERENCE_DIR, SOURCE_FILES, runBuildNomenclature } from './build-nomenclature.ts';

const present = Object.values(SOURCE_FILES).every((f) => existsSync(join(DEFAULT_REFERENCE_DIR, f)));
const SKIP = present ? '' : ` (skipped: ${DEFAULT_REFERENCE_DIR} is absent — ../shared/reference is not beside the repository)`;

describe.skipIf(!present)(`scripts/build-nomenclature.ts against the reference files${SKIP}`, () => {
  const out = mkdtempSync(join(tmpdir(), 'nomenclature-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const built = (name: string) => readFileSync(join(out, name), 'utf8');
  const index = (): NomenclatureIndex => JSON.parse(built('index.json')) as NomenclatureIndex;
  const chapter = (ch: string): ChapterNames => JSON.parse(built(`hs-${ch}.json`)) as ChapterNames;

  it('rebuilds exactly the committed files', async () => {
    const lines: string[] = [];
    const status = await runBuildNomenclature(['--out', out, '--quiet'], { stdout: (t) => lines.push(t), stderr: (t) => lines.push(t) });
    expect(status, lines.join('')).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(readdirSync(resolve(DEFAULT_OUT_DIR)).filter((f) => f.endsWith('.json')).sort());
    expect(names).toContain('index.json');
    for (const name of names) expect(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8') === built(name), `${name} differs from the script's output: run npx tsx scripts/build-nomenclature.ts`).toBe(true);
  }, 15_000);

  it('lists the 21 sections and 96 chapters, in sentence case', () => {
    const idx = index();
    expect(idx.sections.map((s) => s.roman)).toHaveLength(21);
    expect(idx.sections[15]).toMatchObject({ roman: 'XVI', chapters: ['84', '85'] });
    expect(Object.keys(idx.chapters)).toHaveLength(96);
    expect(idx.chapters['03']).toMatchObject({ ru: 'Рыба и ракообразные, моллюски и прочие водные беспозвоночные', section: 'I' });
    expect(idx.chapters['54'].ru).toMatch(/^Химические нити/);
    expect(idx.chapters['03'].en).toMatch(/^Fish and crustaceans/);
  });

  it('names 0303 67 and its 10-digit line', () => {
    const idx = index();
    const ch = chapter('03');
    expect(goodsName('030367', 'ru', idx, ch).full).toContain('минтай');
    expect(goodsName('030367', 'en', idx, ch).full).toContain('Alaska pollock');
    expect(goodsName('030367', 'en', idx, ch).short).toBe('Alaska pollock (Theragra chalcogramma)');
    expect(goodsName('0303670000', 'ru', idx, ch)).toMatchObject({ short: 'минтай (Theragra chalcogramma)', exact: true });
  });

  it('names headings the 10-digit source lacks down to 6 digits', () => {
    const idx = index();
    for (const [ch, heading, six] of [['02', '0205', '020500'], ['85', '8503', '850300']]) {
      const names = chapter(ch);
      expect(goodsName(heading, 'ru', idx, names).exact).toBe(true);
      expect(goodsName(heading, 'en', idx, names).exact).toBe(true);
      expect(goodsName(six, 'ru', idx, names)).toMatchObject({ exact: true, namedCode: six });
      expect(goodsName(six, 'en', idx, names)).toMatchObject({ exact: true, namedCode: six });
      expect(goodsName(`${six}1000`, 'ru', idx, names)).toMatchObject({ exact: false, namedCode: six });
    }
    expect(goodsName('8503', 'ru', idx, chapter('85')).short).toMatch(/^Части/);
  });
});
