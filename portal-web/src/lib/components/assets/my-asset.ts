// An item of equipment or an animal as the portal shows it: the list and the item's page load it,
// and adding or changing one answers with the same fields, which the list puts in place.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { MyAssetFieldsFragment } from '$lib/gql/graphql';

export const MyAssetFields = graphql(`
  fragment MyAssetFields on Asset {
    id
    name
    canEdit
    category
    typeName
    model
    serialNumber
    installedOn
    warrantyEndOn
    warrantyStatus
    notes
    ageMonths
    visitCount
    site {
      id
      label
    }
  }
`);

export type MyAsset = MyAssetFieldsFragment;

export const myAsset = (asset: FragmentType<typeof MyAssetFields>): MyAsset => useFragment(MyAssetFields, asset);
