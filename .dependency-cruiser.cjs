// The import rule of src/ (docs/development.md): each layer imports only the
// layers below it. `npm run lint:deps` checks it; `npm test` runs it first.
//
//   core      pure: the roadmap model and validation, progress, next, review rules, stats
//   render    text for people and JSON for scripts   -> core
//   store     the only code that touches files         -> core
//   platform  other processes: browser, editor         -> core
//   practice  exercises: workspace files, Python runs  -> core, store, platform
//   actions   operations the CLI and browser share     -> core, store, practice
//   cli       commander program and commands           -> all but tui (browse loads it dynamically)
//   tui       the Ink browser                          -> all but cli
const layers = {
  core: [],
  render: ['core'],
  store: ['core'],
  platform: ['core'],
  practice: ['core', 'store', 'platform'],
  actions: ['core', 'store', 'practice', 'platform'],
  cli: ['core', 'render', 'store', 'platform', 'practice', 'actions'],
  tui: ['core', 'render', 'store', 'platform', 'practice', 'actions'],
};
const all = Object.keys(layers);

module.exports = {
  forbidden: [
    ...Object.entries(layers).map(([layer, allowed]) => ({
      name: `${layer}-imports-only-${allowed.length ? allowed.join('-') : 'itself'}`,
      severity: 'error',
      comment: `src/${layer} may import only ${allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'other modules of src/core'}`,
      from: { path: `^src/${layer}/` },
      to: {
        path: `^src/(${all.filter((l) => l !== layer && !allowed.includes(l)).join('|')})/`,
        // The one way into the browser: `mlroad browse` imports it on demand.
        dependencyTypesNot: layer === 'cli' ? ['dynamic-import'] : [],
      },
    })),
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core does no I/O: no node: builtins (files, processes, the clock come from the caller)',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'modules that import each other (types included) cannot be read or changed one at a time',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'a module nothing imports is dead code',
      from: { orphan: true, path: '^src/', pathNot: '^src/cli/main\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
