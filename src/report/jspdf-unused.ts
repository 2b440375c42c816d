// Stands in for the libraries jsPDF loads only for html() and addSvgAsImage(), which the report never
// calls (build/substitutions.ts): importing it fails with a message jsPDF passes on.
throw new Error('Momentos builds jsPDF without html(), addSvgAsImage() and their libraries.');
