import { createMemoryRegistrePersonnes } from '@tremplin/storage-memory';
import { runRegistrePersonnesConformance } from '../src/index.js';

runRegistrePersonnesConformance({ name: 'memory', createRegistre: () => createMemoryRegistrePersonnes() });
