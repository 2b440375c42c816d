// The alternative's page (bench/measures/pdf-alternative.js): a survey library's PDF export of the
// survey and answers the measure put in `window.__survey`, started by a "Crear PDF" button.
import { SurveyPDF } from 'survey-pdf';

const { json, data } = /** @type {any} */ (window).__survey;
const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Crear PDF';
button.addEventListener('click', async () => {
  const pdf = new SurveyPDF(json, { fontSize: 11, format: 'a4' });
  pdf.data = data;
  await pdf.save('diagnostico.pdf');
});
document.body.append(button);
