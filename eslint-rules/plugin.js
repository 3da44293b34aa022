// The project's own lint rules (registered as `local/...` in eslint.config.js).
import layerImports from './layer-imports.js';
import noImportCycle from './no-import-cycle.js';

export default { rules: { 'layer-imports': layerImports, 'no-import-cycle': noImportCycle } };
