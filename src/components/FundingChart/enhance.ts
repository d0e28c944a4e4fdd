// The one script of the pages that carry the funding chart (the funding pages and the embed), rendered by
// FundingChart.astro. One entry on purpose: each component <script> is an entry of its own, and two entries
// that share a module make a third file the head must fetch before either runs. Here the head asks for this
// one file, which imports nothing; Chart.js, the chart's configuration and its numbers come after the first
// paint, and the PNG export on its first use (element.ts).
import { yieldToMain } from "../../lib/browser/main-thread";
import { defineEmbedBox } from "../Embed/embed-box";
import { setupEmbedPage } from "../Embed/embed-page";
import { defineFundingChart } from "./element";

// The embed's URL settings (view, theme) go on the chart element before it upgrades. The elements are defined
// at once, so their controls are there from the first paint and a chart that is never defined (a blocked
// script) is told apart by time (styles.css); each in its own task, so that none is a long one.
if (document.querySelector("[data-embed]")) setupEmbedPage();
await yieldToMain();
defineFundingChart();
await yieldToMain();
defineEmbedBox();
