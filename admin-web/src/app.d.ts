// App.Error and App.Locals come from @portico/web-shared (its hooks and error page rely on them).
import type {} from '@portico/web-shared/app';
