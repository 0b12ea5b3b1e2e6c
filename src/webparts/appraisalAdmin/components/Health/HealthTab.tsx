import * as React from 'react';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { HealthCheckView } from './HealthCheckView';

/** The health check tab in Appraisal administration: runs the host's HealthFactsSource (reads only). */
export const HealthTab: React.FC = () => {
  const { health } = useAppServices();
  return <HealthCheckView source={health} />;
};
