// Encodes text as Windows-1251, the encoding older Excel expects for Cyrillic
// CSV. Characters it cannot hold become '?'. (Decoding is TextDecoder's job.)

/** Characters of bytes 0x80–0xFF in Windows-1251 order (0x98 is unassigned). */
const UPPER = 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\ufffd™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';

let table: Map<number, number> | null = null;

export function encodeWindows1251(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    for (let i = 0; i < UPPER.length; i++) if (UPPER[i] !== '\ufffd') table.set(UPPER.charCodeAt(i), 0x80 + i);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? c : (table.get(c) ?? 0x3f);
  }
  return out;
}
