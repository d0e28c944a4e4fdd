// The one script of the pages that carry the funding chart (the funding pages and the embed), rendered by
// FundingChart.astro. One entry on purpose: each component <script> is an entry of its own, and two entries
// that share a module make a third file the head must fetch before either runs. Here the head asks for this
// small file only; the chart's own code is fetched after the first paint (see after-paint.ts).
import { afterFirstPaint } from "../lib/after-paint";
import { setupEmbedPage } from "./Embed/embed-page";
// The "Embed this chart" box: defined at once, so its JS-only controls appear with the first paint.
import "./Embed/embed-box";

// The embed's URL settings (view, theme) must be on the chart element before it upgrades.
if (document.querySelector("[data-embed]")) setupEmbedPage();
afterFirstPaint(() => void import("./FundingChart/element"));
