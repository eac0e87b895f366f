// The wording every business starts with, per kind of generated document and language: what a
// careful remodeller would send. A business's own template (document_templates) replaces it for
// that kind and language; resetting the template brings this back.
import type { Language } from '../common/languages.js';
import type { GeneratedDocumentKind } from '../generated/prisma/enums.js';
import type { TemplateBlock } from './template-placeholders.js';

export const DEFAULT_TEMPLATES: Record<GeneratedDocumentKind, Record<Language, TemplateBlock[]>> = {
  WELCOME_PACK: {
    en: [
      {
        heading: 'Welcome, {{customer.name}}',
        body: 'Thank you for choosing {{business.name}} for {{project.name}}. This pack introduces the people looking after your project, the plan we have agreed and what to expect from us along the way. Keep it handy: everything in it is also in your portal.',
      },
      {
        heading: 'Your schedule',
        body: 'Work is planned to start on {{project.startDate}} and to be finished by {{project.targetEndDate}}. The phases and milestones in this pack are our plan today. If anything moves (weather, materials, a change you ask for), we will tell you why and update the dates in your portal straight away.',
      },
      {
        heading: 'What to expect',
        body: 'Before work starts we will agree with you how we reach the site, where materials are stored and which rooms stay in use. We leave the site tidy and safe at the end of every working day. Building work brings some noise and dust: we keep both to a minimum and warn you before the loudest days.\nAt each milestone you will receive a short progress report with photos, and at the end a completion certificate and your warranty.',
      },
      {
        heading: 'Your portal',
        body: 'Your portal, {{portal.url}}, is the one place for your project: the schedule and progress, photos from site, documents such as this one, invoices and payments, and messages to our team. Sign in with the email address you gave us.',
      },
      {
        heading: 'Questions?',
        body: 'Send us a message from your portal or call us on {{business.phone}}. We are glad to be working with you.',
      },
    ],
    fr: [
      {
        heading: 'Bienvenue, {{customer.name}}',
        body: 'Merci d’avoir choisi {{business.name}} pour {{project.name}}. Ce livret vous présente les personnes qui suivent votre chantier, le planning convenu et ce qui vous attend dans les semaines à venir. Gardez-le à portée de main : tout ce qu’il contient se retrouve aussi dans votre espace client.',
      },
      {
        heading: 'Votre planning',
        body: 'Les travaux doivent commencer le {{project.startDate}} et se terminer au plus tard le {{project.targetEndDate}}. Les phases et étapes de ce livret sont notre planning à ce jour. Si quelque chose bouge (météo, livraisons, une modification que vous demandez), nous vous expliquons pourquoi et mettons aussitôt les dates à jour dans votre espace client.',
      },
      {
        heading: 'Comment se passe le chantier',
        body: 'Avant de commencer, nous convenons avec vous de l’accès au chantier, de l’emplacement des matériaux et des pièces qui restent utilisables. Nous laissons le chantier propre et sécurisé à la fin de chaque journée. Des travaux font du bruit et de la poussière : nous les limitons au maximum et vous prévenons avant les journées les plus bruyantes.\nÀ chaque étape, vous recevez un court rapport d’avancement avec des photos, et à la fin un certificat d’achèvement et votre garantie.',
      },
      {
        heading: 'Votre espace client',
        body: 'Votre espace client, {{portal.url}}, réunit tout votre projet : le planning et l’avancement, les photos du chantier, les documents comme celui-ci, les factures et paiements, et vos messages à notre équipe. Connectez-vous avec l’adresse e-mail que vous nous avez donnée.',
      },
      {
        heading: 'Une question ?',
        body: 'Écrivez-nous depuis votre espace client ou appelez-nous au {{business.phone}}. Nous sommes heureux de travailler avec vous.',
      },
    ],
    es: [
      {
        heading: 'Bienvenido/a, {{customer.name}}',
        body: 'Gracias por elegir a {{business.name}} para {{project.name}}. Este dosier le presenta a las personas que cuidan de su proyecto, el plan acordado y lo que puede esperar de nosotros durante la obra. Consérvelo: todo lo que contiene también está en su portal.',
      },
      {
        heading: 'Su calendario',
        body: 'Está previsto empezar los trabajos el {{project.startDate}} y terminarlos a más tardar el {{project.targetEndDate}}. Las fases e hitos de este dosier son nuestro plan a día de hoy. Si algo cambia (el tiempo, los materiales, una modificación que nos pida), le explicaremos el motivo y actualizaremos las fechas en su portal enseguida.',
      },
      {
        heading: 'Qué esperar',
        body: 'Antes de empezar acordaremos con usted el acceso a la obra, dónde guardar los materiales y qué estancias siguen en uso. Dejamos la obra limpia y segura al final de cada jornada. Toda obra genera algo de ruido y polvo: los reducimos al mínimo y le avisamos antes de los días más ruidosos.\nEn cada hito recibirá un breve informe de avance con fotos y, al final, un certificado de finalización y su garantía.',
      },
      {
        heading: 'Su portal',
        body: 'Su portal, {{portal.url}}, reúne todo su proyecto: el calendario y el avance, fotos de la obra, documentos como este, facturas y pagos, y mensajes a nuestro equipo. Inicie sesión con el correo electrónico que nos dio.',
      },
      {
        heading: '¿Alguna pregunta?',
        body: 'Escríbanos desde su portal o llámenos al {{business.phone}}. Nos alegra trabajar con usted.',
      },
    ],
  },
  PROGRESS_REPORT: {
    en: [
      {
        heading: '{{milestone.name}}: reached',
        body: 'Dear {{customer.name}}, we reached {{milestone.name}} on {{milestone.date}}. {{project.name}} is now {{project.progress}} complete. Below you will find where each phase stands, any delays and some photos from site.',
      },
      {
        heading: 'Looking ahead',
        body: 'We expect to finish by {{project.forecastEndDate}} (planned: {{project.targetEndDate}}). You can follow the work day by day in your portal: {{portal.url}}.',
      },
      {
        heading: 'Anything on your mind?',
        body: 'If you have questions about this report or would like to talk about the next steps, send us a message from your portal or call us on {{business.phone}}.',
      },
    ],
    fr: [
      {
        heading: '{{milestone.name}} : étape franchie',
        body: 'Bonjour {{customer.name}}, nous avons franchi l’étape « {{milestone.name}} » le {{milestone.date}}. {{project.name}} est maintenant avancé à {{project.progress}}. Vous trouverez ci-dessous où en est chaque phase, les éventuels retards et quelques photos du chantier.',
      },
      {
        heading: 'La suite',
        body: 'Nous prévoyons de terminer au plus tard le {{project.forecastEndDate}} (date prévue au départ : {{project.targetEndDate}}). Suivez le chantier au jour le jour dans votre espace client : {{portal.url}}.',
      },
      {
        heading: 'Une question ?',
        body: 'Pour toute question sur ce rapport ou pour parler de la suite, écrivez-nous depuis votre espace client ou appelez-nous au {{business.phone}}.',
      },
    ],
    es: [
      {
        heading: '{{milestone.name}}: completado',
        body: 'Estimado/a {{customer.name}}: completamos el hito «{{milestone.name}}» el {{milestone.date}}. {{project.name}} lleva ya un {{project.progress}} de avance. A continuación verá cómo va cada fase, los retrasos si los hay y algunas fotos de la obra.',
      },
      {
        heading: 'Próximos pasos',
        body: 'Prevemos terminar a más tardar el {{project.forecastEndDate}} (fecha prevista: {{project.targetEndDate}}). Puede seguir la obra día a día en su portal: {{portal.url}}.',
      },
      {
        heading: '¿Alguna duda?',
        body: 'Si tiene preguntas sobre este informe o quiere hablar de los próximos pasos, escríbanos desde su portal o llámenos al {{business.phone}}.',
      },
    ],
  },
  COMPLETION_CERTIFICATE: {
    en: [
      {
        heading: 'Statement of completion',
        body: '{{business.name}} certifies that the works for {{project.name}} at {{project.address}} were completed on {{project.completionDate}}, as agreed with {{customer.name}}.',
      },
      {
        heading: 'Handover',
        body: 'The manuals and guarantees of the products installed have been handed over. Please keep this certificate with the documents of your property: your warranty of {{warranty.months}} months runs from {{warranty.startDate}} to {{warranty.endDate}}.',
      },
      {
        heading: 'Thank you',
        body: 'Thank you for your trust. If anything needs our attention, send us a message from your portal, {{portal.url}}.',
      },
    ],
    fr: [
      {
        heading: 'Attestation d’achèvement',
        body: '{{business.name}} atteste que les travaux de {{project.name}}, au {{project.address}}, ont été achevés le {{project.completionDate}}, conformément à ce qui a été convenu avec {{customer.name}}.',
      },
      {
        heading: 'Remise des documents',
        body: 'Les notices et garanties des équipements installés vous ont été remises. Conservez ce certificat avec les documents de votre logement : votre garantie de {{warranty.months}} mois court du {{warranty.startDate}} au {{warranty.endDate}}.',
      },
      {
        heading: 'Merci',
        body: 'Merci de votre confiance. Si quelque chose demande notre attention, écrivez-nous depuis votre espace client, {{portal.url}}.',
      },
    ],
    es: [
      {
        heading: 'Declaración de finalización',
        body: '{{business.name}} certifica que las obras de {{project.name}}, en {{project.address}}, se terminaron el {{project.completionDate}}, según lo acordado con {{customer.name}}.',
      },
      {
        heading: 'Entrega',
        body: 'Se han entregado los manuales y garantías de los productos instalados. Guarde este certificado con los documentos de su vivienda: su garantía de {{warranty.months}} meses va del {{warranty.startDate}} al {{warranty.endDate}}.',
      },
      {
        heading: 'Gracias',
        body: 'Gracias por su confianza. Si algo necesita nuestra atención, escríbanos desde su portal, {{portal.url}}.',
      },
    ],
  },
  WARRANTY: {
    en: [
      {
        heading: 'Your warranty',
        body: '{{business.name}} guarantees the works carried out for {{project.name}} for {{warranty.months}} months, from {{warranty.startDate}} to {{warranty.endDate}}. The items covered are listed in this document.',
      },
      {
        heading: 'What is covered',
        body: 'Defects in the materials we supplied and in our workmanship that appear during the warranty period under normal use. We will inspect the problem, then repair or replace the affected work at no cost to you.',
      },
      {
        heading: 'What is not covered',
        body: 'Normal wear and tear; damage caused by misuse, accidents, lack of maintenance or work done by others; products covered by their manufacturer’s own guarantee (we will gladly help you claim it).',
      },
      {
        heading: 'How to make a claim',
        body: 'As soon as you notice a problem, send us a message from your portal ({{portal.url}}) with a short description and a few photos, or call us on {{business.phone}}. We will get back to you to arrange a visit.',
      },
    ],
    fr: [
      {
        heading: 'Votre garantie',
        body: '{{business.name}} garantit les travaux réalisés pour {{project.name}} pendant {{warranty.months}} mois, du {{warranty.startDate}} au {{warranty.endDate}}. Les éléments couverts sont listés dans ce document.',
      },
      {
        heading: 'Ce qui est couvert',
        body: 'Les défauts des matériaux que nous avons fournis et de notre mise en œuvre qui apparaissent pendant la durée de la garantie, dans des conditions normales d’utilisation. Nous constatons le problème, puis réparons ou remplaçons l’ouvrage concerné sans frais pour vous.',
      },
      {
        heading: 'Ce qui n’est pas couvert',
        body: 'L’usure normale ; les dommages dus à une mauvaise utilisation, à un accident, à un défaut d’entretien ou à des travaux réalisés par d’autres ; les équipements couverts par la garantie de leur fabricant (nous vous aidons volontiers à la faire valoir). Cette garantie s’ajoute aux garanties légales, qu’elle ne remplace pas.',
      },
      {
        heading: 'Comment nous signaler un problème',
        body: 'Dès que vous constatez un problème, écrivez-nous depuis votre espace client ({{portal.url}}) avec une courte description et quelques photos, ou appelez-nous au {{business.phone}}. Nous revenons vers vous pour organiser une visite.',
      },
    ],
    es: [
      {
        heading: 'Su garantía',
        body: '{{business.name}} garantiza las obras realizadas para {{project.name}} durante {{warranty.months}} meses, del {{warranty.startDate}} al {{warranty.endDate}}. Los elementos cubiertos figuran en este documento.',
      },
      {
        heading: 'Qué cubre',
        body: 'Los defectos de los materiales que suministramos y de nuestra mano de obra que aparezcan durante el periodo de garantía con un uso normal. Revisaremos el problema y repararemos o sustituiremos la parte afectada sin coste para usted.',
      },
      {
        heading: 'Qué no cubre',
        body: 'El desgaste normal; los daños por mal uso, accidentes, falta de mantenimiento u obras de terceros; los productos cubiertos por la garantía de su fabricante (le ayudaremos con gusto a reclamarla).',
      },
      {
        heading: 'Cómo hacer una reclamación',
        body: 'En cuanto note un problema, escríbanos desde su portal ({{portal.url}}) con una breve descripción y algunas fotos, o llámenos al {{business.phone}}. Le contactaremos para organizar una visita.',
      },
    ],
  },
};
