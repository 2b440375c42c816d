/** What happened to one item (a file, a link, a QR code) the facilitator handed in. */
export interface ReceivedLine {
  ok: boolean;
  text: string;
}
