import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send, RiposteError } from '../../../lib/runtime/send';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const ok = (data: unknown) => ({ ok: true, data });

describe('send', () => {
  it('retries while the service worker is asleep, restarting or stopped mid-message', async () => {
    const errors = [
      'Could not establish connection. Receiving end does not exist.',
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'The message port closed before a response was received.',
    ];
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      const err = errors[calls++];
      if (err) throw new Error(err);
      return ok({ stored: 3 });
    });
    await expect(send('stats.overview', {})).resolves.toEqual({ stored: 3 });
    expect(calls).toBe(4);
  });

  it('does not retry a refusal from the background, nor an unknown error', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: false, error: 'bad payload' } as never);
    await expect(send('stats.overview', {})).rejects.toBeInstanceOf(RiposteError);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRejectedValue(new Error('something else'));
    await expect(send('stats.overview', {})).rejects.toThrow('something else');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('gives up after its retries with the last error', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(send('stats.overview', {})).rejects.toThrow('Receiving end does not exist');
    expect(spy.mock.calls.length).toBeGreaterThan(3);
  });
});
