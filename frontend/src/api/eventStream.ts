import { apiToken } from './client';

/** One Server-Sent Event: its `id`, `event` name and `data` text (comments are not events). */
export interface StreamEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * Splits the text received so far into complete events (text/event-stream, blank-line separated) and the rest, which
 * waits for more. Comment lines (`: keep-alive`) and unknown fields are passed over.
 */
export function parseEvents(buffer: string): { events: StreamEvent[]; rest: string } {
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: StreamEvent[] = [];
  for (const block of blocks) {
    let id: string | undefined;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') {
        id = value;
      } else if (field === 'event') {
        event = value;
      } else if (field === 'data') {
        data.push(value);
      }
    }
    if (data.length > 0) {
      events.push({ id, event, data: data.join('\n') });
    }
  }
  return { events, rest };
}

/**
 * Reads a Server-Sent Events stream of the API with the bearer token (EventSource cannot send one) until `signal`
 * aborts it; when it ends or fails it reconnects after a pause, sending `Last-Event-ID` so the server sends what was
 * missed. `onOpen` is called on every (re)connection.
 */
export function followEventStream(
  path: string,
  onEvent: (event: StreamEvent) => void,
  signal: AbortSignal,
  onOpen?: () => void,
): void {
  let lastEventId: string | undefined;
  let pause = 1000;
  const connect = async () => {
    while (!signal.aborted) {
      try {
        const headers: Record<string, string> = {
          Accept: 'text/event-stream',
          Authorization: `Bearer ${await apiToken()}`,
        };
        if (lastEventId) {
          headers['Last-Event-ID'] = lastEventId;
        }
        const response = await fetch(path, { headers, signal });
        if (response.ok && response.body) {
          onOpen?.();
          pause = 1000;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) {
              break;
            }
            const parsed = parseEvents(buffer + value);
            buffer = parsed.rest;
            for (const event of parsed.events) {
              if (event.id) {
                lastEventId = event.id;
              }
              onEvent(event);
            }
          }
        }
      } catch {
        // a network failure or the abort: the loop decides
      }
      if (signal.aborted) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30000);
    }
  };
  void connect();
}
