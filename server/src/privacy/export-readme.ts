// README.txt of an export, in the customer's language: what each file holds.
import type { Language } from '../common/languages.js';

export const EXPORT_KINDS = ['profile', 'sites', 'assets', 'jobs', 'requests', 'invoices', 'payments', 'documents', 'messages', 'reviews', 'activity', 'acceptances'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const KIND_WORDS: Record<Language, Record<ExportKind, string>> = {
  en: {
    profile: 'your name, email, phone and language',
    sites: 'your service addresses',
    assets: 'your equipment and animals',
    jobs: 'appointments and visits',
    requests: 'service requests',
    invoices: 'invoices with their lines',
    payments: 'payments',
    documents: 'documents shared with you (the files are in the documents folder)',
    messages: 'messages between you and the business',
    reviews: 'reviews you wrote',
    activity: 'the activity log of your account',
    acceptances: 'privacy notice versions you accepted',
  },
  fr: {
    profile: 'vos nom, e-mail, téléphone et langue',
    sites: "vos adresses d'intervention",
    assets: 'vos équipements et animaux',
    jobs: 'rendez-vous et interventions',
    requests: "demandes d'intervention",
    invoices: 'factures et leurs lignes',
    payments: 'paiements',
    documents: 'documents partagés avec vous (les fichiers sont dans le dossier documents)',
    messages: "messages échangés avec l'entreprise",
    reviews: 'avis que vous avez écrits',
    activity: "journal d'activité de votre compte",
    acceptances: 'versions de la politique de confidentialité acceptées',
  },
  es: {
    profile: 'tu nombre, correo, teléfono e idioma',
    sites: 'tus direcciones de servicio',
    assets: 'tus equipos y animales',
    jobs: 'citas y visitas',
    requests: 'solicitudes de servicio',
    invoices: 'facturas con sus líneas',
    payments: 'pagos',
    documents: 'documentos compartidos contigo (los archivos están en la carpeta documents)',
    messages: 'mensajes entre tú y la empresa',
    reviews: 'reseñas que escribiste',
    activity: 'el registro de actividad de tu cuenta',
    acceptances: 'versiones del aviso de privacidad que aceptaste',
  },
};

const INTRO: Record<Language, (business: string, at: string) => string> = {
  en: (business, at) => `Your data held by ${business}, exported on ${at}.\nEach kind of record is in a .json file (machine-readable) and a .csv file (for a spreadsheet):`,
  fr: (business, at) =>
    `Vos données détenues par ${business}, exportées le ${at}.\nChaque type de données est dans un fichier .json (lisible par une machine) et un fichier .csv (pour un tableur) :`,
  es: (business, at) =>
    `Tus datos en poder de ${business}, exportados el ${at}.\nCada tipo de registro está en un archivo .json (legible por máquina) y un archivo .csv (para una hoja de cálculo):`,
};

export function exportReadme(language: Language, business: string, at: Date, kinds: readonly ExportKind[]): string {
  const lines = kinds.map((kind) => `- ${kind}.json, ${kind}.csv: ${KIND_WORDS[language][kind]}`);
  return `${INTRO[language](business, at.toISOString())}\n\n${lines.join('\n')}\n`;
}
