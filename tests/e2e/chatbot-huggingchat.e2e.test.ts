import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('huggingchat');
