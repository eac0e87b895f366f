// The demo data the tests sign in with (prisma/seed: README's "Demo logins").
export const DEMO_PASSWORD = 'portico-demo-1';

export const TENANTS = {
  northwind: { slug: 'northwind-hvac', name: 'Northwind Heating & Plumbing' },
  pawsome: { slug: 'pawsome-grooming', name: 'Pawsome Grooming Salon' },
} as const;

export const CUSTOMERS = {
  alex: { tenant: TENANTS.northwind, email: 'alex.morgan@example.com', name: 'Alex Morgan' },
  sofia: { tenant: TENANTS.northwind, email: 'sofia.hernandez@example.com', name: 'Sofía Hernández' },
  camille: { tenant: TENANTS.pawsome, email: 'camille.dubois@example.com', name: 'Camille Dubois' },
} as const;

export const STAFF = {
  dana: { tenant: TENANTS.northwind, email: 'dana.whitfield@example.net', name: 'Dana Whitfield', role: 'Owner' },
  luis: { tenant: TENANTS.northwind, email: 'luis.ortega@example.net', name: 'Luis Ortega', role: 'Technician' },
  claire: { tenant: TENANTS.pawsome, email: 'claire.lefevre@example.org', name: 'Claire Lefèvre', role: 'Owner' },
} as const;
