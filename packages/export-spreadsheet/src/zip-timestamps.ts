/**
 * Sets every entry's modification time in a ZIP archive (an XLSX file is one) to a given instant, so that
 * the same workbook written twice gives the same bytes.
 *
 * @packageDocumentation
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * The MS-DOS date and time of an instant, read in UTC as JSZip (used by exceljs) writes them.
 *
 * @param instant - epoch milliseconds; clamped to 1980–2107, the range of the format.
 * @returns the DOS time and date words.
 */
export function dosDateTime(instant: number): { time: number; date: number } {
  const d = new Date(instant);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Rewrites, in place, the modification time of every entry of a ZIP archive, in the local headers and in
 * the central directory. The time is not covered by the CRC, so the archive stays valid.
 *
 * @param zip - the archive's bytes (modified).
 * @param instant - the time to record, epoch milliseconds.
 * @returns false when the bytes are not a ZIP archive this function understands (nothing is then changed
 *   beyond the entries already visited).
 * @remarks PKWARE APPNOTE 6.3: local file header (signature 0x04034b50, time at offset 10, date at 12) and
 * central directory header (0x02014b50, time at 12, date at 14).
 */
export function setZipTimestamps(zip: Uint8Array, instant: number): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date } = dosDateTime(instant);
  // Find the end of central directory record, scanning back over a possible comment.
  let eocd = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return false;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.byteLength || view.getUint32(offset, true) !== CENTRAL_HEADER) return false;
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, date, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > zip.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return false;
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return true;
}
