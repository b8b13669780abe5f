import { DB_NAME } from '@/lib/drafts/store';

// Writes records straight into the store's database, as an older (or newer) build left them.

export async function putRaw(factory: IDBFactory, records: unknown[], into = 'drafts'): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(into, 'readwrite');
    for (const record of records) tx.objectStore(into).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Every record of one object store, read without the store's code. */
export async function getRaw(factory: IDBFactory, from = 'drafts'): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(from).objectStore(from).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return all;
}
