// Generates a large, valid roadmap file for the benchmark: sections, sub-
// sections and leaves in the shape of the real ML roadmap (ids given and
// derived, estimates, descriptions, resources, questions, and prerequisites on
// leaves and on whole sub-sections), deterministic for a given topic count.
// Usage as a script: node bench/generate.mjs 10000 > big.yaml

const WORDS = [
  'gradient',
  'matrix',
  'kernel',
  'entropy',
  'tensor',
  'vector',
  'loss',
  'prior',
  'bias',
  'variance',
  'sampling',
  'graph',
  'attention',
  'embedding',
  'margin',
  'softmax',
];

/** A small deterministic PRNG (mulberry32), so that every run benchmarks the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sections (as many sub-sections each) and the leaves of each sub-section: `topics` in all, when it can be. */
function shape(topics) {
  const fan = Math.max(2, Math.round(Math.cbrt(topics)));
  const parts = fan * fan;
  const leaves = Math.max(parts, topics - fan - parts);
  // The first `extra` sub-sections have one leaf more.
  return { fan, base: Math.floor(leaves / parts), extra: leaves % parts };
}

/**
 * YAML text of a roadmap with `topics` topics (sections + sub-sections +
 * leaves; at least a leaf per sub-section), three levels deep like the shipped one.
 */
export function generateRoadmap(topics) {
  const rand = random(topics);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const { fan, base, extra } = shape(topics);
  const sections = fan;
  const subs = fan;
  const out = [
    `id: generated-${topics}`,
    `title: Generated Roadmap (${topics} topics)`,
    'version: 1',
    'description: A synthetic roadmap for the benchmark.',
    'source: https://example.com/roadmap',
    'topics:',
  ];
  const leafIds = [];
  for (let s = 1; s <= sections; s++) {
    out.push(
      `  - title: Section ${s} ${pick(WORDS)}`,
      `    id: s${s}`,
      '    description: |',
      `      Everything about ${pick(WORDS)} and ${pick(WORDS)}.`,
      '      Second line of the description.',
      '    children:',
    );
    for (let u = 1; u <= subs; u++) {
      out.push(`      - title: Part ${s}.${u} ${pick(WORDS)} ${pick(WORDS)}`, `        id: s${s}-p${u}`);
      // Whole sub-sections that need an earlier one (a requires on a parent applies to every leaf below).
      if (s > 1 && u === 1) out.push(`        requires: [s${s - 1}-p${1 + Math.floor(rand() * subs)}]`);
      out.push('        children:');
      const leaves = base + ((s - 1) * subs + (u - 1) < extra ? 1 : 0);
      for (let l = 1; l <= leaves; l++) {
        const explicit = l % 2 === 0;
        const id = `s${s}-p${u}-t${l}`;
        // Odd leaves get an id derived from the title (unique: the numbers are in it).
        out.push(`          - title: ${pick(WORDS)} ${pick(WORDS)} ${s} ${u} ${l}`);
        if (explicit) out.push(`            id: ${id}`);
        out.push(`            estimate: ${pick(['45m', '1h', '2h', '30m'])}`);
        if (l % 4 === 0) out.push(`            description: How ${pick(WORDS)} relates to ${pick(WORDS)}, with a worked example.`);
        if (l % 6 === 0)
          out.push(
            '            resources:',
            `              - title: Notes on ${pick(WORDS)}`,
            `                url: https://example.com/${s}/${u}/${l}`,
            `                kind: ${pick(['article', 'video', 'course', 'docs'])}`,
          );
        if (l % 8 === 0) out.push('            questions:', `              - Why does ${pick(WORDS)} matter for ${pick(WORDS)}?`);
        // Some leaves need a leaf of an earlier section.
        if (explicit && s > 1 && l % 10 === 0 && leafIds.length) out.push(`            requires: [${leafIds[Math.floor(rand() * leafIds.length)]}]`);
        if (explicit && s < sections) leafIds.push(id);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Topic count of a file made by generateRoadmap (for the report). */
export function topicCount(topics) {
  const { fan, base, extra } = shape(topics);
  return fan + fan * fan + fan * fan * base + extra;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateRoadmap(Number(process.argv[2] ?? 10000)));
}
