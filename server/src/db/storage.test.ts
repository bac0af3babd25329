// The SQLite backend passes the storage contract (server/test/storageContract.ts).
import { rmSync } from 'node:fs';
import { openStorage } from './index';
import { storageContractSuite } from '../../test/storageContract';
import { tempDir } from '../../test/endpoint';

storageContractSuite('SQLite', () => {
  const dir = tempDir('storage-contract-');
  return {
    open: () => openStorage({ dataDir: dir }),
    reopen: (s) => {
      s.close();
      return openStorage({ dataDir: dir });
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
});
