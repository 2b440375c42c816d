// Hands a file to the browser's download (the PDF report, backup files).

export function downloadFile(
  content: Blob | string,
  fileName: string,
  type = 'application/json',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
