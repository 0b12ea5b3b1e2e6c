/// <reference path="../src/loc/mystrings.d.ts" />
/// <reference path="../src/webparts/myAppraisal/loc/mystrings.d.ts" />
/// <reference path="../src/webparts/teamAppraisals/loc/mystrings.d.ts" />
/// <reference path="../src/webparts/appraisalAdmin/loc/mystrings.d.ts" />
/// <reference path="../src/webparts/governorReport/loc/mystrings.d.ts" />
/// <reference path="../src/components/CycleRecord/loc/mystrings.d.ts" />
/// <reference path="../src/webparts/appraisalAdmin/components/DataProtection/loc/mystrings.d.ts" />
