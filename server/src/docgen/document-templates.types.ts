// Document templates as staff edit them in the settings: one per kind of generated document and
// language, the business's own wording or the built-in default.
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GeneratedDocumentKind } from '../generated/prisma/enums.js';

registerEnumType(GeneratedDocumentKind, {
  name: 'GeneratedDocumentKind',
  description: 'A document Portico writes for a construction project from a template.',
});

@ObjectType({ description: 'A block of a template: a heading and its text, both with placeholders such as {{customer.name}}.' })
export class TemplateBlock {
  @Field()
  heading!: string;

  @Field()
  body!: string;
}

@InputType()
export class TemplateBlockInput {
  @Field({ description: 'Up to 120 characters; may be empty when the body is not.' })
  heading!: string;

  @Field({ description: 'Up to 4000 characters; a line break starts a new paragraph.' })
  body!: string;
}

@ObjectType({ description: "The wording of one kind of generated document in one language: the business's own, or the built-in default." })
export class DocumentTemplate {
  @Field(() => GeneratedDocumentKind)
  kind!: GeneratedDocumentKind;

  @Field({ description: 'en, fr or es.' })
  locale!: string;

  @Field(() => [TemplateBlock], { description: 'In order: the first opens the document, the others follow the project details.' })
  blocks!: TemplateBlock[];

  @Field({ description: 'Whether the business changed the default wording (resetDocumentTemplate brings it back).' })
  isCustomized!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the business last saved it; null for the default.' })
  updatedAt!: Date | null;

  @Field(() => [String], { description: 'The placeholders this kind of document fills in, e.g. customer.name (written {{customer.name}}).' })
  placeholders!: string[];
}

@InputType()
export class SaveDocumentTemplateInput {
  @Field(() => GeneratedDocumentKind)
  kind!: GeneratedDocumentKind;

  @Field({ description: 'en, fr or es.' })
  locale!: string;

  @Field(() => [TemplateBlockInput], {
    description: 'At most 20. An unknown placeholder is refused (BAD_USER_INPUT, reason UNKNOWN_PLACEHOLDER, extensions.placeholder names it).',
  })
  blocks!: TemplateBlockInput[];
}

@InputType()
export class DocumentTemplatePreviewInput {
  @Field(() => GeneratedDocumentKind)
  kind!: GeneratedDocumentKind;

  @Field({ description: 'en, fr or es: the language the preview is written in.' })
  locale!: string;

  @Field(() => [TemplateBlockInput], { nullable: true, description: 'Unsaved blocks to preview; without them, the template as saved (or the default).' })
  blocks?: TemplateBlockInput[] | null;

  @Field(() => ID, { nullable: true, description: "One of the business's projects to fill it in with; without one, a made-up project." })
  projectId?: string | null;
}

@ObjectType({ description: 'A rendered preview: a PDF, base64-encoded (open it as a Blob of type application/pdf).' })
export class DocumentTemplatePreview {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field()
  base64!: string;
}
