import { packageConfig } from '../../tsup.config.base';

export default packageConfig({
  index: 'src/index.ts',
  'store-kit': 'src/store-kit.ts',
  testing: 'src/testing.ts',
  schemas: 'src/schemas/index.ts',
});
