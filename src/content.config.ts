import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { MethodSchema, MethodTranslationSchema } from './schemas/method';

export const collections = {
  methods: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/methods' }), schema: MethodSchema }),
  methodsZh: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/zh/methods' }), schema: MethodTranslationSchema }),
};
