/**
 * The parts of undici the registry client uses, Agent, request and the socket connector, each
 * loaded from its own module. undici's index loads every dispatcher, fetch, WebSocket,
 * EventSource and the mock and cache layers as well; on the way to a push that was about 8 MB
 * more heap, for code no run calls.
 */
import type * as Undici from 'undici';
import AgentModule from 'undici/lib/dispatcher/agent.js';
import requestModule from 'undici/lib/api/api-request.js';
import connectorModule from 'undici/lib/core/connect.js';

export const Agent: typeof Undici.Agent = AgentModule;
export type Agent = Undici.Agent;

export const buildConnector: typeof Undici.buildConnector = connectorModule;
export type Connector = Undici.buildConnector.connector;

export type RequestOptions = Omit<Undici.Dispatcher.RequestOptions, 'origin' | 'path'> & {
  dispatcher: Undici.Dispatcher;
};

/** undici's `request(url, opts)`, with the dispatcher always given (there is no global one). */
export function request(url: URL, opts: RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = opts;
  return requestModule.call(dispatcher, {
    ...rest,
    origin: url.origin,
    path: url.search ? `${url.pathname}${url.search}` : url.pathname,
  });
}
