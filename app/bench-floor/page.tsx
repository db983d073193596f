import type { Metadata } from "next";
import { notFound } from "next/navigation";

/**
 * The benchmarks' floor (bench/, docs/performance.md): a page rendered on every request, like the
 * app's own pages, that shows a constant and reads no data. Its throughput and its JavaScript are
 * what this build of Next.js costs before any of our work, so pages are measured against it.
 *
 * Invariant: no database, no auth, no cookies here (the root layout still runs, as it does for
 * every page). Served only when the bench server sets TASHIKA_BENCH=1; a 404 everywhere else.
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "bench floor", robots: { index: false, follow: false } };

export default function BenchFloorPage() {
  if (process.env.TASHIKA_BENCH !== "1") notFound();
  return <p>floor</p>;
}
