import { createContext, useContext } from 'react';
import type { components } from '../api/schema';

/** Runtime settings served by the gateway at `/app-config.json`, so one bundle fits every environment. */
export interface AppConfig {
  appName: string;
  environment: string;
  defaultLocale: string;
  supportContact?: string;
}

export const FALLBACK_CONFIG: AppConfig = { appName: '本领', environment: 'local', defaultLocale: 'zh-CN' };

export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  try {
    const response = await fetchImpl('/app-config.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) return FALLBACK_CONFIG;
    const served = (await response.json()) as components['schemas']['AppConfig'];
    return { ...FALLBACK_CONFIG, ...Object.fromEntries(Object.entries(served).filter(([, value]) => value != null)) };
  } catch {
    return FALLBACK_CONFIG;
  }
}

export const AppConfigContext = createContext<AppConfig>(FALLBACK_CONFIG);

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}
