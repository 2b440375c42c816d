// Stands in for ICU number/date *skeleton* support (`{n, number, ::currency/EUR}`), which no message of
// ours uses, so the first load does not carry it. tests/unit/locales.test.ts fails on any skeleton.
function unsupported(): never {
  throw new Error('ICU skeletons are not supported in Momentos messages; use plain arguments.');
}

export const parseNumberSkeleton = unsupported;
export const parseNumberSkeletonFromString = unsupported;
export const parseDateTimeSkeleton = unsupported;
export const getBestPattern = unsupported;
