import { defineStore } from "pinia";
import { computed, ref, watch } from "vue";
import type { SalesChannel } from "@/gql/graphql";
import { hundredthsToText, parseHundredths } from "@/lib/format";

export interface CartItem {
  productId: string;
  name: string;
  /** Unit price as exact decimal text (the Money scalar). */
  unitPrice: string;
  unit: string;
  spec: string;
  quantity: number;
  stock: number;
  countyName: string;
  supplierName: string;
  /** Whether it counts toward the quota today (certificate valid). */
  countsTowardQuota: boolean;
}

interface Stored {
  items: CartItem[];
  idempotencyKey: string | null;
  channel: SalesChannel;
  fairId: string | null;
  salesCentreId: string | null;
}

export const CART_KEY = "xiezuo.cart";

function load(): Stored {
  const empty: Stored = { items: [], idempotencyKey: null, channel: "ONLINE", fairId: null, salesCentreId: null };
  try {
    const raw = localStorage.getItem(CART_KEY);
    if (!raw) return empty;
    const s = JSON.parse(raw) as Partial<Stored>;
    return {
      items: Array.isArray(s.items)
        ? s.items.filter((i) => i && typeof i.productId === "string" && Number.isInteger(i.quantity))
        : [],
      idempotencyKey: typeof s.idempotencyKey === "string" ? s.idempotencyKey : null,
      channel: s.channel === "FAIR" || s.channel === "SALES_CENTRE" ? s.channel : "ONLINE",
      fairId: typeof s.fairId === "string" ? s.fairId : null,
      salesCentreId: typeof s.salesCentreId === "string" ? s.salesCentreId : null,
    };
  } catch {
    return empty;
  }
}

function newKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Fallback for old browsers/insecure contexts: random enough to identify one order.
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** Line amount in fen: exact integer arithmetic, never a float. */
export function lineFen(item: Pick<CartItem, "unitPrice" | "quantity">): bigint {
  return parseHundredths(item.unitPrice) * BigInt(item.quantity);
}

/**
 * The buyer's cart, kept in localStorage. The order's idempotency key is generated on the first
 * checkout attempt and kept until the order is placed, so every retry (network failure, out of
 * stock, reload) reuses it and the server never places the same order twice.
 */
export const useCartStore = defineStore("cart", () => {
  const initial = load();
  const items = ref<CartItem[]>(initial.items);
  const idempotencyKey = ref<string | null>(initial.idempotencyKey);
  const channel = ref<SalesChannel>(initial.channel);
  const fairId = ref<string | null>(initial.fairId);
  /** Kept after an order: a buyer shopping at the centre usually records several sales there. */
  const salesCentreId = ref<string | null>(initial.salesCentreId);

  const count = computed(() => items.value.reduce((n, i) => n + i.quantity, 0));
  const totalFen = computed(() => items.value.reduce((sum, i) => sum + lineFen(i), 0n));
  const countableFen = computed(() =>
    items.value.reduce((sum, i) => sum + (i.countsTowardQuota ? lineFen(i) : 0n), 0n),
  );
  const total = computed(() => hundredthsToText(totalFen.value));
  const countable = computed(() => hundredthsToText(countableFen.value));

  function persist() {
    try {
      const s: Stored = {
        items: items.value,
        idempotencyKey: idempotencyKey.value,
        channel: channel.value,
        fairId: fairId.value,
        salesCentreId: salesCentreId.value,
      };
      localStorage.setItem(CART_KEY, JSON.stringify(s));
    } catch {
      /* kept in memory only */
    }
  }
  watch([items, idempotencyKey, channel, fairId, salesCentreId], persist, { deep: true });

  function add(item: Omit<CartItem, "quantity">, quantity = 1) {
    const existing = items.value.find((i) => i.productId === item.productId);
    if (existing) {
      Object.assign(existing, { ...item, quantity: existing.quantity + quantity });
    } else {
      items.value.push({ ...item, quantity });
    }
  }
  function setQuantity(productId: string, quantity: number) {
    const it = items.value.find((i) => i.productId === productId);
    if (!it) return;
    if (!Number.isInteger(quantity) || quantity <= 0) remove(productId);
    else it.quantity = quantity;
  }
  function remove(productId: string) {
    items.value = items.value.filter((i) => i.productId !== productId);
  }

  /** The key for this checkout: the one from a failed attempt, or a new one. */
  function checkoutKey(): string {
    if (!idempotencyKey.value) idempotencyKey.value = newKey();
    return idempotencyKey.value;
  }
  /** The order was placed: empty the cart and forget the key (the next order gets a new one). */
  function succeeded() {
    items.value = [];
    idempotencyKey.value = null;
    fairId.value = null;
    persist();
  }
  function clear() {
    items.value = [];
    idempotencyKey.value = null;
    persist();
  }

  return {
    items,
    idempotencyKey,
    channel,
    fairId,
    salesCentreId,
    count,
    totalFen,
    countableFen,
    total,
    countable,
    add,
    setQuantity,
    remove,
    checkoutKey,
    succeeded,
    clear,
  };
});
