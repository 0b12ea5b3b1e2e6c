import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

setIconOptions({ disableWarnings: true });
import { configure } from '@testing-library/react';

// Role queries over Fluent UI's large trees are slow on two busy cores: give async queries time before failing.
configure({ asyncUtilTimeout: 5000 });
