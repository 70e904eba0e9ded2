import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { Audit } from 'lighthouse/core/audits/audit.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { initializeConfig } from 'lighthouse/core/config/config.js';
const artifacts = await loadArtifacts(process.argv[2]);
const { resolvedConfig } = await initializeConfig('navigation', undefined, {});
const settings = resolvedConfig.settings;
const context = { computedCache: new Map(), settings, options: {} };
const data = Audit.makeMetricComputationDataInput(artifacts, context);
data.settings = settings;
const which = process.argv[3] === 'fcp' ? LanternFirstContentfulPaint : LanternLargestContentfulPaint;
const r = await which.request(data, context);
console.log('timing', Math.round(r.timing), 'opt', Math.round(r.optimisticEstimate.timeInMs), 'pess', Math.round(r.pessimisticEstimate.timeInMs));
for (const [name, est] of [['OPT', r.optimisticEstimate], ['PESS', r.pessimisticEstimate]]) {
  console.log('--', name);
  const rows = [...est.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [n, t] of rows) {
    const label = n.type === 'network' ? `NET ${n.request.url.replace(/^https?:\/\/[^/]+/, '')} ${n.request.transferSize}B` : `CPU obs@${Math.round((n.startTime - r.optimisticGraph.startTime) / 1000)}ms dur ${Math.round(n.duration / 1000)}ms ${n.didPerformLayout() ? 'LAYOUT' : ''} ${[...n.getEvaluateScriptURLs()].map((u) => u.split('/').pop()).join(',')}`;
    console.log(String(Math.round(t.startTime)).padStart(6), String(Math.round(t.endTime)).padStart(6), label);
  }
}
