import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { loadRow } from "../../shared/loaders";
import { asksForCount, Connection, PageArgs } from "../../shared/pagination";
import { DateScalar } from "../../shared/scalars";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Supplier } from "../suppliers/supplier.entity";
import { visibleSupplierById } from "../suppliers/supplier.service";
import { CertificateStatus, certificateStatusOn, Product } from "./product.entity";
import { ProductImage } from "./product-image.entity";
import { fetchableImages, fetchableImagesNow, removeProductImage } from "./product-image.service";
import { imagesByProduct } from "./product.loaders";
import { CreateProductInput, ProductFilter, UpdateProductInput } from "./product.inputs";
import { createProduct, getProduct, listProducts, today, updateProduct } from "./product.service";

export const ProductConnection = Connection("Product", Product);

@Resolver(() => Product)
export class ProductResolver {
  @Authorized()
  @Query(() => ProductConnection, {
    description: "产品目录: certified products on sale (county officials also see their own county's).",
  })
  async products(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter?: ProductFilter,
  ) {
    return ProductConnection.from(await listProducts(ctx, filter, page.after, page.first, asksForCount(info)));
  }

  @Authorized()
  @Query(() => Product, { description: "NOT_FOUND when not in the caller's catalogue." })
  product(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getProduct(ctx, id);
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Product)
  createProduct(@Ctx() ctx: RequestContext, @Arg("input", () => CreateProductInput) input: CreateProductInput) {
    return inTransaction(ctx, (tx) => createProduct(tx, input));
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => Product, { description: "Another county's product: NOT_FOUND." })
  updateProduct(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateProductInput) input: UpdateProductInput) {
    return inTransaction(ctx, (tx) => updateProduct(tx, input));
  }

  @FieldResolver(() => CertificateStatus, { description: "The certificate's status on a day (default today)." })
  certificateStatus(@Root() p: Product, @Arg("on", () => DateScalar, { nullable: true }) on?: string) {
    return certificateStatusOn(p, on ?? today());
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether a purchase on that day (default today) counts toward quotas: only with a certificate valid that day. Uncertified products can still be bought.",
  })
  countsTowardQuota(@Root() p: Product, @Arg("on", () => DateScalar, { nullable: true }) on?: string) {
    return certificateStatusOn(p, on ?? today()) === CertificateStatus.VALID;
  }

  @Authorized(Role.COUNTY_OFFICIAL, Role.ADMIN)
  @Mutation(() => ID, {
    description: "Removes a photo or certificate scan of the caller's county's product; returns its id.",
  })
  removeProductImage(@Ctx() ctx: RequestContext, @Arg("imageId", () => ID) imageId: string) {
    return inTransaction(ctx, (tx) => removeProductImage(tx, imageId));
  }

  @FieldResolver(() => [ProductImage], {
    description: "Photos first-uploaded first; upload with POST /uploads/product-images.",
  })
  images(@Root() p: Product, @Ctx() ctx: RequestContext) {
    // Only those the caller may fetch, each with its URL (signed unless public): docs/hardening.md.
    // In place when the page primed them and nothing needs reading (fetchableImagesNow).
    const images = loader(ctx, imagesByProduct);
    const primed = images.peek(p.id);
    const now = primed && fetchableImagesNow(ctx, p, primed);
    return now ?? images.load(p.id).then((all) => fetchableImages(ctx, p, all));
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() p: Product, @Ctx() ctx: RequestContext) {
    // Primed by the catalogue's statement: in place, no promise per product (loaders.ts, RowLoader).
    return loadRow(loader(ctx, visibleSupplierById), p.supplierId);
  }

  @FieldResolver(() => Region, { description: "Origin county." })
  county(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return loadRow(loader(ctx, regionById), p.countyId);
  }
}
