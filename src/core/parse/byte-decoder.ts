// Decodes a byte stream chunk by chunk through ONE streaming TextDecoder, so a
// character split across chunks is never mangled (PapaParse's own streamers
// decode each chunk alone: #751, #908, #1132). UTF-8 (BOM or not) when the bytes
// are valid UTF-8, otherwise Windows-1251 — the encoding of Excel re-saves.

export type TextEncodingName = 'utf-8' | 'windows-1251';

export class ByteDecoder {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private current: TextEncodingName = 'utf-8';
  /** Bytes fed and UTF-16 units produced while everything seen was ASCII. */
  private asciiOnly = true;
  private bytesSeen = 0;
  private unitsProduced = 0;
  private pendingTail: Uint8Array = new Uint8Array(0);
  /** Set when valid non-ASCII UTF-8 was followed by invalid bytes. */
  mixedEncoding = false;

  get encoding(): TextEncodingName {
    return this.current;
  }

  decode(bytes: Uint8Array): string {
    if (this.current === 'windows-1251' || this.mixedEncoding) return this.decoder.decode(bytes, { stream: true });
    try {
      const text = this.decoder.decode(bytes, { stream: true });
      this.track(bytes, text);
      return text;
    } catch {
      return this.fallBack(bytes);
    }
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      // A truncated multi-byte sequence at the very end of a UTF-8 file.
      this.mixedEncoding = true;
      return '\uFFFD';
    }
  }

  private track(bytes: Uint8Array, text: string): void {
    if (!this.asciiOnly) return;
    this.bytesSeen += bytes.length;
    this.unitsProduced += text.length;
    // In UTF-8, every non-ASCII character takes more bytes than UTF-16 units; a
    // difference means non-ASCII text was decoded or is pending mid-character.
    const pending = this.bytesSeen - this.unitsProduced;
    if (pending > 3) this.asciiOnly = false;
    this.pendingTail = pending > 0 ? bytes.subarray(Math.max(0, bytes.length - pending)) : new Uint8Array(0);
    if (pending > 0 && !looksLikeUtf8Prefix(this.pendingTail)) this.asciiOnly = false;
  }

  private fallBack(bytes: Uint8Array): string {
    const pendingIsOnlyPrefix = this.pendingTail.length > 0 && this.bytesSeen - this.unitsProduced === this.pendingTail.length;
    if (this.asciiOnly || pendingIsOnlyPrefix) {
      // Everything decoded so far was ASCII, identical in both encodings: switch cleanly.
      this.current = 'windows-1251';
      this.decoder = new TextDecoder('windows-1251');
      const joined = new Uint8Array(this.pendingTail.length + bytes.length);
      joined.set(this.pendingTail);
      joined.set(bytes, this.pendingTail.length);
      return this.decoder.decode(joined, { stream: true });
    }
    // Valid UTF-8 Cyrillic earlier, invalid bytes now: keep UTF-8, mark the damage.
    this.mixedEncoding = true;
    this.decoder = new TextDecoder('utf-8');
    return this.decoder.decode(bytes, { stream: true });
  }
}

function looksLikeUtf8Prefix(tail: Uint8Array): boolean {
  return tail.length > 0 && tail.length <= 3 && tail[0] >= 0xc0;
}
