// Les textes de l'historique d'accès d'un document (la liste des documents de la fiche client).
import type { documentAccessEn } from './document-access.en';

export const documentAccessFr: Record<keyof typeof documentAccessEn, string> = {
  'documentAccess.open': 'Historique d’accès',
  'documentAccess.openFor': 'Historique d’accès de {title}',
  'documentAccess.title': 'Historique d’accès : {title}',
  'documentAccess.intro': 'Chaque consultation, téléchargement, dépôt et changement de partage, du plus récent au plus ancien.',
  'documentAccess.loading': 'Chargement de l’historique…',
  'documentAccess.empty': 'Personne n’a encore ouvert ce document. Les consultations, téléchargements et changements de partage apparaîtront ici.',
  'documentAccess.failed': 'L’historique n’a pas pu être chargé. Fermez cette fenêtre et réessayez.',
  'documentAccess.more': 'Afficher les entrées plus anciennes',
  'documentAccess.system': 'Portico',
  'documentAccess.customer': 'client',
  'documentAccess.staff': 'équipe',
  'documentAccess.from': 'Depuis {where}',
  'documentAccess.unknownPlace': 'une adresse inconnue',
  'documentAccess.device': '{browser} sous {os}',
  'documentAccess.action.viewed': 'Consulté',
  'documentAccess.action.downloaded': 'Téléchargé',
  'documentAccess.action.generated': 'Généré',
  'documentAccess.action.shared': 'Partagé avec le client',
  'documentAccess.action.unshared': 'Partage retiré',
  'documentAccess.action.uploaded': 'Déposé',
};
