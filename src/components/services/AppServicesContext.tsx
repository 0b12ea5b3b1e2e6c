import * as React from 'react';
import type { AppServices } from '../../data/ports';

const AppServicesContext = React.createContext<AppServices | undefined>(undefined);

/** Props of AppServicesProvider. */
export interface AppServicesProviderProps {
  services: AppServices;
  children?: React.ReactNode;
}

/** Makes the host's AppServices available to every component below a web part's root. */
export const AppServicesProvider: React.FC<AppServicesProviderProps> = ({ services, children }) => (
  <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>
);

/** The AppServices of the surrounding root. Services are never drilled through props. */
export function useAppServices(): AppServices {
  const services = React.useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside an AppServicesProvider (a web part root).');
  return services;
}
