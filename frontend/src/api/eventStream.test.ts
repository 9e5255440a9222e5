import { describe, expect, it } from 'vitest';
import { parseEvents } from './eventStream';

describe('parseEvents', () => {
  it('reads complete events and keeps an incomplete one for later', () => {
    const { events, rest } = parseEvents(':ready\n\nid:7\nevent:notification\ndata:{"id":7}\n\nid:8\nevent:noti');
    expect(events).toEqual([{ id: '7', event: 'notification', data: '{"id":7}' }]);
    expect(rest).toBe('id:8\nevent:noti');
  });

  it('joins data lines, reads CRLF, drops comments and a space after the colon', () => {
    const { events } = parseEvents(': keep-alive\r\n\r\nevent: notification\r\ndata: a\r\ndata: b\r\n\r\n');
    expect(events).toEqual([{ id: undefined, event: 'notification', data: 'a\nb' }]);
  });
});
