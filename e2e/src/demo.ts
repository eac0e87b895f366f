// The demo data the tests sign in with (prisma/seed: README's "Demo logins").
export const DEMO_PASSWORD = 'portico-demo-1';

export const TENANTS = {
  northwind: { slug: 'northwind-hvac', name: 'Northwind Heating & Plumbing', timeZone: 'America/Chicago' },
  pawsome: { slug: 'pawsome-grooming', name: 'Pawsome Grooming Salon', timeZone: 'Europe/Paris' },
  brightline: { slug: 'brightline-remodeling', name: 'Brightline Kitchen & Bath', timeZone: 'America/Denver' },
  copyworks: { slug: 'copyworks-office', name: 'Copyworks Office Systems', timeZone: 'America/Chicago' },
} as const;

export const CUSTOMERS = {
  alex: { tenant: TENANTS.northwind, email: 'alex.morgan@example.com', name: 'Alex Morgan' },
  sofia: { tenant: TENANTS.northwind, email: 'sofia.hernandez@example.com', name: 'Sofía Hernández' },
  camille: { tenant: TENANTS.pawsome, email: 'camille.dubois@example.com', name: 'Camille Dubois' },
  // Admin e2e: Priya's open appointment request (water heater flush) and invoices; Lakeview's urgent request with a photo.
  priya: { tenant: TENANTS.northwind, email: 'priya.raman@example.com', name: 'Priya Raman' },
  // The contractor demo: Jordan's kitchen is under way; Sophie's bathroom (French) is finished, with its certificate.
  jordan: { tenant: TENANTS.brightline, email: 'jordan.ellis@example.com', name: 'Jordan Ellis' },
  sophie: { tenant: TENANTS.brightline, email: 'sophie.marchand@example.com', name: 'Sophie Marchand' },
  // The equipment dealer's business customer: copiers at two sites, readings due this week, supply orders.
  lakeshore: { tenant: TENANTS.copyworks, email: 'office@lakeshorelaw.example.com', name: 'Lakeshore Law Group' },
  lakeview: { tenant: TENANTS.northwind, email: 'frontdesk.lakeviewdental@example.com', name: 'Lakeview Dental Clinic' },
} as const;

export const STAFF = {
  dana: { tenant: TENANTS.northwind, email: 'dana.whitfield@example.net', name: 'Dana Whitfield', role: 'Owner' },
  jenna: { tenant: TENANTS.northwind, email: 'jenna.park@example.net', name: 'Jenna Park', role: 'Dispatcher' },
  luis: { tenant: TENANTS.northwind, email: 'luis.ortega@example.net', name: 'Luis Ortega', role: 'Technician' },
  marcus: { tenant: TENANTS.brightline, email: 'marcus.bell@example.net', name: 'Marcus Bell', role: 'Owner' },
  grace: { tenant: TENANTS.copyworks, email: 'grace.whitman@example.net', name: 'Grace Whitman', role: 'Owner' },
  claire: { tenant: TENANTS.pawsome, email: 'claire.lefevre@example.org', name: 'Claire Lefèvre', role: 'Owner' },
} as const;
