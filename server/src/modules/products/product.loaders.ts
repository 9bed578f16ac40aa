import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Product } from "./product.entity";
import { ProductImage } from "./product-image.entity";
import { PrimedLoader, rowsById } from "../../shared/loaders";

/** Unscoped: only for following relations from rows the caller already may see (order lines). */
export const productById = rowsById(Product);

/** A product's images in upload order (without their bytes). */
export function imagesByProduct(ctx: RequestContext) {
  // Primed by the catalogue's statement: Product.images answers in place (fetchableImagesNow).
  return new PrimedLoader<ProductImage[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(ProductImage)
      .find({ where: { productId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } });
    return ids.map((id) => rows.filter((r) => r.productId === id));
  });
}
