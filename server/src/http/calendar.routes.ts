// REST routes of the calendar: an appointment's .ics behind a signed link, and the public
// subscription feed whose secret token is its only credential.
import { NotFound } from '../errors/errors.js';
import { fileRoute, requestIdOf, sendError, type RestRoutes } from './rest.js';
import { appointmentIcsFile, feedCalendar } from '../calendar/calendar.service.js';

export const calendarRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'appointment-ics', appointmentIcsFile);

  app.get('/calendar/v1/feeds/:file', async (req, res) => {
    res.setHeader('x-request-id', requestIdOf(req));
    const file = req.params.file;
    try {
      const calendar = file.endsWith('.ics') ? await feedCalendar(deps, file.slice(0, -4)) : null;
      if (calendar === null) throw new NotFound('This calendar');
      res.status(200);
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('cache-control', 'private, no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
      res.send(calendar);
    } catch (error) {
      sendError(res, deps, error);
    }
  });
};
