import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum AssetCategory {
  equipment = 'equipment',
  animal = 'animal',
}
registerEnumType(AssetCategory, { name: 'AssetCategory', description: 'Equipment (furnace, water heater) or an animal (for groomers).' });

export enum WarrantyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRING_SOON = 'EXPIRING_SOON',
  EXPIRED = 'EXPIRED',
  NONE = 'NONE',
}
registerEnumType(WarrantyStatus, {
  name: 'WarrantyStatus',
  description:
    "Against today in the business's time zone: EXPIRING_SOON when 30 days or fewer are left (the end date itself included), EXPIRED after the end date, NONE without one.",
});

/** The fields customers and staff both see; each endpoint has its own type and field resolvers. */
@ObjectType({ description: 'Never in a schema itself: the base of Asset and AdminAsset.' })
export class AssetFields {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Model, or breed for an animal.' })
  model!: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number, or microchip number for an animal.' })
  serialNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: installed, or born for an animal.' })
  installedOn!: string | null;

  @Field(() => String, { nullable: true, description: "What the business wants the customer to know about it: an animal's temperament, a filter size." })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day under warranty.' })
  warrantyEndOn!: string | null;

  @Field(() => WarrantyStatus)
  warrantyStatus!: WarrantyStatus;

  // Relations, resolved through loaders; not exposed as such.
  siteId!: string | null;
  assetTypeId!: string;
  /** Who added it (sites/added-by.ts): exposed as canEdit in the portal and addedBy in the admin. */
  addedBy!: string;
  addedByStaffId!: string | null;
  createdAt!: Date;
}

@ObjectType({ description: "A customer's equipment or animal. Customers change only the ones they added (canEdit)." })
export class Asset extends AssetFields {}

@ObjectType({ description: "A customer's equipment or animal, as staff manage it." })
export class AdminAsset extends AssetFields {}

@ObjectType({ description: 'The name of an asset type in one language.' })
export class AssetTypeName {
  @Field({ description: 'e.g. en, fr, fr-CA' })
  locale!: string;

  @Field()
  name!: string;
}

@InputType()
export class AssetTypeNameInput {
  @Field(() => String, { description: `One of the portal languages, e.g. en, fr, es, de.` })
  locale!: string;

  @Field(() => String, { description: '1 to 80 characters.' })
  name!: string;
}

@ObjectType({ description: 'A kind of equipment or animal in the business catalogue, named per language.' })
export class AdminAssetType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable identifier, e.g. furnace: lowercase letters, digits and _.' })
  code!: string;

  @Field(() => AssetCategory)
  category!: AssetCategory;

  @Field(() => [AssetTypeName], { description: 'By locale.' })
  names!: AssetTypeName[];
}

@InputType({ description: 'On update only the fields given change; siteId and the optional details may be null to remove them.' })
export class AssetInput {
  @Field(() => ID, { nullable: true, description: 'Required on create.' })
  assetTypeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's sites." })
  siteId?: string | null;

  @Field(() => String, { nullable: true, description: 'Model, or breed for an animal.' })
  model?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number, or microchip number for an animal.' })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: installed, or born for an animal.' })
  installedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 1000 characters; the customer reads them.' })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  warrantyEndOn?: string | null;
}

@ObjectType({ description: "A kind of equipment or animal customers may choose when they add their own, named in the customer's language." })
export class AssetTypeOption {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => AssetCategory)
  category!: AssetCategory;
}
