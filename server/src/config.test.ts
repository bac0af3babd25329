// Reading the environment.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      port: 8787,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      staticDir: resolve('./dist'),
      organizerToken: undefined,
      allowedOrigins: [],
    });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/x',
      STATIC_DIR: '/tmp/y',
      ORGANIZER_TOKEN: ' secret-token ',
      ALLOWED_ORIGINS: 'https://a.example/, https://b.example,,',
    });
    expect(c.port).toBe(0);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe('/tmp/x');
    expect(c.staticDir).toBe('/tmp/y');
    expect(c.organizerToken).toBe('secret-token');
    expect(c.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('rejects a bad port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
  });
});
