// The message for a file refused before its import as too large (core/import/import-size-limit.ts).

import { describe, expect, it } from 'vitest';
import { checkImportSize, importSizeLimit } from '../core/import/import-size-limit';
import { failureText } from './failure-messages';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('failureText: over-size-limit', () => {
  it('says the limit and why, in both languages', () => {
    const device = checkImportSize(950 * MiB, importSizeLimit(2))!;
    expect(failureText(device, 'ru')).toBe(
      'Файл слишком велик для памяти этого устройства: 950 МБ, а здесь можно загрузить не больше 905,8 МБ. Браузер сообщает о 2 ГБ памяти, а во время загрузки таблице нужно примерно на треть больше места, чем после неё. Разделите файл на части (например, по годам) или откройте его на компьютере с большим объёмом памяти.',
    );
    expect(failureText(device, 'en')).toBe(
      'The file is too large for this device\'s memory: 950 MB, and at most 905.8 MB can be loaded here. The browser reports 2 GB of memory, and during an import the table briefly needs about a third more room than afterwards. Split the file (by year, say) or open it on a computer with more memory.',
    );
    const hard = checkImportSize(4 * GiB, importSizeLimit(8))!;
    expect(failureText(hard, 'ru')).toBe('Файл слишком велик: 4 ГБ, а загрузить можно не больше 3 ГБ (предел для одного файла в браузере). Разделите файл на части, например по годам.');
    expect(failureText(hard, 'en')).toBe('The file is too large: 4 GB, and at most 3 GB can be loaded (the limit for one file in a browser). Split the file, by year for example.');
  });
});
