define([], function () {
  return {
    AppName: 'Staff appraisal',
    Loading: 'Loading…',
    Retry: 'Try again',
    Save: 'Save',
    Cancel: 'Cancel',
    SiteNotSetUpTitle: 'The appraisal site is not set up yet',
    SiteNotSetUpBody: 'Ask your HR administrator or headteacher to run set-up from the Appraisal administration page. Nothing has been lost: there is simply nothing here yet.',
    SiteUpgradeNeededTitle: 'The appraisal site needs an update',
    SiteUpgradeNeededBody: 'A newer version of the app has been installed. Ask your HR administrator to run set-up again from the Appraisal administration page; it only adds what is missing.',
    NoAccessTitle: 'You do not have access to the appraisal site',
    NoAccessBody: 'Appraisal records are private. If you think you should have access, ask your HR administrator to add you to the appraisal roster.',
    ErrorTitle: 'Something went wrong',
    ErrorThrottled: 'SharePoint is busy just now and asked us to slow down. Wait a minute, then try again.',
    ErrorUnavailable: 'SharePoint could not be reached. Check your connection, then try again. If it keeps happening, tell your IT support.',
    ErrorAccessDenied: 'SharePoint refused access to this information.',
    ErrorNotFound: 'This information could not be found. It may have been moved or deleted.',
    ErrorConflict: 'Someone else saved a change at the same time. Your version has been kept.',
    ErrorMalformed: 'An item in the {0} list (number {1}) has an unreadable {2}. It may have been edited outside the app. Ask your HR administrator to check it in the list; nothing else is affected.',
    ErrorUnexpected: 'An unexpected error occurred. Try again; if it keeps happening, tell your IT support and quote: ',
    StagePlanning: 'Planning one-to-one',
    StageInterimReview: 'Six-monthly review',
    StageFinalReview: 'Final review',
    OneToOne: 'One-to-one'
  };
});
