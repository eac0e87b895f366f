import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

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
  description: "Against today in the business's time zone: EXPIRING_SOON when 30 days or fewer are left (the end date itself included), EXPIRED after the end date, NONE without one.",
});

@ObjectType({ description: "A customer's equipment or animal. Read-only for customers." })
export class Asset {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Model, or breed for an animal.' })
  model!: string | null;

  @Field(() => String, { nullable: true })
  serialNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  installedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day under warranty.' })
  warrantyEndOn!: string | null;

  @Field(() => WarrantyStatus)
  warrantyStatus!: WarrantyStatus;

  // Relations, resolved through loaders; not exposed as such.
  siteId!: string | null;
  assetTypeId!: string;
}
