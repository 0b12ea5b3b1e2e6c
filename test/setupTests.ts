import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

setIconOptions({ disableWarnings: true });
