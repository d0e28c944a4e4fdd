// Loaded only when a chart scrolls into view. Registering just the bar chart's parts keeps the
// funding page inside its byte budget; chart.js/auto would add every chart type (≈16 KB more gzipped).
// No Tooltip or Legend: every bar carries its own value label and the legend is HTML.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
// The site's font stack, which includes Japanese fonts; Chart.js's default has none.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 12;

export { Chart };
